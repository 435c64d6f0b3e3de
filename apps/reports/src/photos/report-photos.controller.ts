import { Controller, HttpStatus, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportPhotosRoutes, ReportView, RouteBodyOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Request, Response } from 'express';
import { toReportView } from '../reports/report-view.mapper';
import { PhotoImages } from './photo-images.service';
import { ReportPhotos } from './report-photos.service';
import { sendPhotoImage } from './send-photo-image';

@Controller()
export class ReportPhotosController {
  constructor(
    private readonly photos: ReportPhotos,
    private readonly images: PhotoImages,
  ) {}

  /** 201 with the report when the photo was added; 200 when the report had it already. */
  @RouteEndpoint(ReportPhotosRoutes.add)
  async add(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportPhotosRoutes.add) body: RouteBodyOf<typeof ReportPhotosRoutes.add>,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    const { report, added } = await this.photos.add(actor, id, body.photoId, correlationId);
    response.status(added ? HttpStatus.CREATED : HttpStatus.OK);
    return toReportView(report);
  }

  @RouteEndpoint(ReportPhotosRoutes.reportImage)
  async image(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await sendPhotoImage(this.images, await this.photos.find(actor, id, photoId), request, response);
  }
}
