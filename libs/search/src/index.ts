export { createMeiliClient } from './meili-client.js';
export { SearchClientModule } from './search-client.module.js';
