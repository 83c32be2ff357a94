export { RegionEntity } from './entities/region.entity.js';
export { RegionsService } from './services/regions.service.js';
export { RegionsModule } from './regions.module.js';
export { NotACountyError, UnknownRegionError } from './region.exception.js';
export { divisionRows, type DivisionRow } from './division-data.js';
