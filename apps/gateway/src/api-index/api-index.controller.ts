import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@waystation/platform';
import { ApiIndex, ApiIndexDto } from './api-index.dto';

/** Where to go from the API's root: its document, and an entry point of each part of it. */
const API_INDEX: ApiIndex = {
  name: 'Waystation API',
  version: 'v1',
  links: {
    docs: '/docs',
    openApi: '/docs/json',
    stations: '/api/v1/stations',
    nearbyStations: '/api/v1/stations/nearby?lat=30.375&lng=114.322&radius=10000',
    reports: '/api/v1/reports',
    myPoints: '/api/v1/me/points',
    rewards: '/api/v1/rewards',
    myRedemptions: '/api/v1/me/redemptions',
    myNotifications: '/api/v1/me/notifications',
  },
};

@Public()
@ApiTags('api')
@Controller('api/v1')
export class ApiIndexController {
  @Get()
  @ApiOkResponse({ description: 'The API document and an entry point of each part of the API', type: ApiIndexDto.Output })
  index(): ApiIndex {
    return API_INDEX;
  }
}
