import { Body, Controller, Get, Headers, HttpStatus, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { photoMimeTypeSchema } from '@waystation/contracts';
import {
  AddReportPhotoDto,
  IDEMPOTENCY_KEY_HEADER,
  REPORT_PHOTO_MAX_BYTES,
  REPORT_PHOTO_MEDIA_TYPES,
  ReportPhotosRoutes,
  ReportView,
  ReportViewDto,
  UploadedPhotoView,
  UploadedPhotoViewDto,
} from '@waystation/http-api';
import { CorrelationId, problem, ProblemException } from '@waystation/platform';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { byteLimited, payloadTooLarge } from '../upstream/byte-limit';
import { forwardCreation } from '../upstream/forward-creation';
import { UpstreamStream } from '../upstream/service-client';
import { Upstreams } from '../upstream/upstreams';

const IMAGE_BODY = { schema: { type: 'string', format: 'binary' } } as const;
const SERVED_TYPES = photoMimeTypeSchema.options;

@ApiTags('reports')
@Controller('api/v1')
export class ReportPhotosController {
  constructor(private readonly upstreams: Upstreams) {}

  /**
   * The request body is the image itself (at most 10 MiB), streamed to the reports service. Its type is told from
   * its content, not its name or Content-Type (415 unsupported-photo-type otherwise: JPEG, PNG or WebP); it is
   * turned upright, every metadata block (EXIF with GPS, XMP, ICC) is stripped and it is re-encoded before it is
   * stored. Attach it with `photoIds` when submitting a report, or to a submitted report with POST
   * /api/v1/reports/{id}/photos.
   */
  @Post('report-photos')
  @ApiConsumes(...REPORT_PHOTO_MEDIA_TYPES)
  @ApiBody({ ...IMAGE_BODY, description: 'The image file, as bytes' })
  @ApiCreation(UploadedPhotoViewDto.Output, 'photo')
  @ApiProblems(400, 401, 403, 413, 415, 422)
  async upload(
    @CallerToken() callerToken: string,
    @Req() request: Request,
    @Headers('content-type') contentType: string | undefined,
    @Headers('content-length') contentLength: string | undefined,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadedPhotoView> {
    const mediaType = contentType?.split(';')[0].trim().toLowerCase();
    if (!mediaType || !(mediaType.startsWith('image/') || mediaType === 'application/octet-stream')) {
      throw new ProblemException(
        problem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          'unsupported-media-type',
          'Unsupported Media Type',
          'Send the photo as the raw body, with Content-Type image/* or application/octet-stream',
        ),
      );
    }
    const declared = contentLength === undefined ? undefined : Number(contentLength);
    if (declared !== undefined && declared > REPORT_PHOTO_MAX_BYTES) throw payloadTooLarge(REPORT_PHOTO_MAX_BYTES);
    const upstream = await this.upstreams.reports.upload(ReportPhotosRoutes.upload, {
      callerToken,
      correlationId,
      headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
      body: byteLimited(request, REPORT_PHOTO_MAX_BYTES),
      contentType: mediaType,
      contentLength: declared,
    });
    response.status(upstream.status);
    return upstream.body;
  }

  /** The uploader's own photo as stored (metadata stripped), attached or not. */
  @Get('report-photos/:id')
  @ApiProduces(...SERVED_TYPES)
  @ApiOkResponse({ ...IMAGE_BODY, description: 'The image; ETag and Cache-Control: private' })
  @ApiResponse({ status: 304, description: "If-None-Match named the image's ETag: the caller's copy is current" })
  @ApiProblems(400, 401, 404)
  @ApiIdParam('photo')
  async uploaded(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const upstream = await this.upstreams.reports.download(ReportPhotosRoutes.uploadedImage, {
      params: { id },
      callerToken,
      correlationId,
      headers: { 'if-none-match': ifNoneMatch },
    });
    await relay(upstream, response);
  }

  /**
   * Adds an uploaded photo (`photoId`) to the caller's own report while it is `submitted`, up to 4 photos in all;
   * 201 with the report, or 200 when the report has that photo already. Emits `report.photo-added`.
   */
  @Post('reports/:id/photos')
  @ApiCreation(ReportViewDto.Output, 'report')
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('report')
  add(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddReportPhotoDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    return forwardCreation(
      this.upstreams.reports,
      ReportPhotosRoutes.add,
      { params: { id }, callerToken, body, correlationId, idempotencyKey },
      response,
    );
  }

  /** A photo of a report, for whoever may read the report (its reporter, staff). */
  @Get('reports/:id/photos/:photoId')
  @ApiProduces(...SERVED_TYPES)
  @ApiOkResponse({ ...IMAGE_BODY, description: 'The image; ETag and Cache-Control: private' })
  @ApiResponse({ status: 304, description: "If-None-Match named the image's ETag: the caller's copy is current" })
  @ApiProblems(400, 401, 404)
  @ApiIdParam('report')
  @ApiParam({ name: 'photoId', description: "The photo's id", schema: { type: 'string', format: 'uuid' } })
  async reportPhoto(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const upstream = await this.upstreams.reports.download(ReportPhotosRoutes.reportImage, {
      params: { id, photoId },
      callerToken,
      correlationId,
      headers: { 'if-none-match': ifNoneMatch },
    });
    await relay(upstream, response);
  }
}

/** Answers with the service's streamed image (or its 304), its headers as they came. */
async function relay(upstream: UpstreamStream, response: Response): Promise<void> {
  response.status(upstream.status);
  for (const [name, value] of Object.entries(upstream.headers)) response.setHeader(name, value);
  await pipeline(upstream.body, response);
}
