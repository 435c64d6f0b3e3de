import { DynamicModule, Module } from '@nestjs/common';
import { PublicFeedController } from './public-feed.controller';
import { PUBLIC_FEED_SETTINGS, PublicFeedSettings } from './public-feed-settings';
import { PublicResolvedReports } from './public-resolved-reports.service';

@Module({})
export class PublicFeedModule {
  static forRoot(settings: PublicFeedSettings): DynamicModule {
    return {
      module: PublicFeedModule,
      controllers: [PublicFeedController],
      providers: [{ provide: PUBLIC_FEED_SETTINGS, useValue: settings }, PublicResolvedReports],
    };
  }
}
