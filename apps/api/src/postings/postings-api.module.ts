import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { PostingsModule } from '@app/postings';
import { RegionsModule } from '@app/regions';
import { PostingsResolver } from './postings.resolver.js';

@Module({ imports: [PostingsModule, OrganizationsModule, RegionsModule], providers: [PostingsResolver] })
export class PostingsApiModule {}
