export { RegionEntity } from './entities/region.entity.js';
export { RegionsService } from './services/regions.service.js';
export { RegionsModule } from './regions.module.js';
export { NotACountyError, notACountyProblem, REGION_FIELD_MESSAGES, RegionFieldReason, UnknownRegionError, unknownRegionProblem } from './region.exception.js';
export { divisionRows, type DivisionRow } from './division-data.js';
