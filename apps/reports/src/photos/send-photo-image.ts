import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { PhotoImages } from './photo-images.service';
import { Photo } from './photo.entity';

/** Cached by the caller's own client only: the image is as private as the report it belongs to. */
const CACHE_CONTROL = 'private, max-age=86400';

/** Streams a photo's image (or answers 304 when the caller's copy is current), with its type, length and ETag. */
export async function sendPhotoImage(images: PhotoImages, photo: Photo, request: Request, response: Response): Promise<void> {
  const etag = images.etagOf(photo);
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', CACHE_CONTROL);
  if (request.headers['if-none-match'] === etag) {
    response.status(HttpStatus.NOT_MODIFIED).end();
    return;
  }
  const image = await images.open(photo);
  response.status(HttpStatus.OK);
  response.setHeader('Content-Type', image.mime);
  response.setHeader('Content-Length', String(image.bytes));
  await pipeline(image.body, response);
}
