import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@app/organizations';
import { OutboxModule } from '@app/outbox';
import { RegionsModule } from '@app/regions';
import { PostingEntity } from './entities/posting.entity.js';
import { PostingOpeningsService } from './services/posting-openings.service.js';
import { PostingsService } from './services/postings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PostingEntity]), OrganizationsModule, RegionsModule, OutboxModule],
  providers: [PostingsService, PostingOpeningsService],
  exports: [PostingsService, PostingOpeningsService],
})
export class PostingsModule {}
