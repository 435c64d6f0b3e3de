import { Controller, Headers, HttpStatus, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyFrom, ReportPhotosRoutes, UploadedPhotoView } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint } from '@waystation/platform';
import type { Request, Response } from 'express';
import { PhotoImages } from './photo-images.service';
import { PhotoUploads } from './photo-uploads.service';
import { toUploadedPhotoView } from './photo-view.mapper';
import { sendPhotoImage } from './send-photo-image';

@Controller()
export class PhotoUploadsController {
  constructor(
    private readonly uploads: PhotoUploads,
    private readonly images: PhotoImages,
  ) {}

  /** The body is the image itself, read as a stream (no body parser takes it). */
  @RouteEndpoint(ReportPhotosRoutes.upload)
  async upload(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadedPhotoView> {
    const declaredLength = request.headers['content-length'] === undefined ? undefined : Number(request.headers['content-length']);
    const { photo, created } = await this.uploads.upload(actor, request, declaredLength, idempotencyKeyFrom(idempotencyKey));
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toUploadedPhotoView(photo);
  }

  @RouteEndpoint(ReportPhotosRoutes.uploadedImage)
  async image(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await sendPhotoImage(this.images, await this.uploads.own(actor, id), request, response);
  }
}
