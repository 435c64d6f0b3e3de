import { DomainError } from '@waystation/platform';

export class UnsupportedPhotoTypeError extends DomainError {
  readonly kind = 'unsupported-media-type';
  readonly code = 'unsupported-photo-type';

  constructor(detected: string | undefined, accepted: readonly string[]) {
    super(
      `The upload is not a photo of a type reports take (${accepted.join(', ')}); its content reads as ${detected ?? 'no image'}, whatever its name or Content-Type says`,
      { detected: detected ?? null, accepted },
    );
  }
}

export class PhotoTooLargeError extends DomainError {
  readonly kind = 'too-large';
  readonly code = 'photo-too-large';

  constructor(limit: { maxBytes: number } | { maxPixels: number }) {
    super(
      'maxBytes' in limit
        ? `A photo may have at most ${limit.maxBytes} bytes`
        : `A photo may have at most ${limit.maxPixels} pixels (width × height)`,
      limit,
    );
  }
}

export class PhotoNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'photo-not-found';

  constructor(photoId: string) {
    super(`Photo ${photoId} does not exist or is not visible to you`, { photoId });
  }
}

/** A photo named in a submission or an addition that the caller cannot attach there. */
export class PhotoNotAttachableError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'photo-not-attachable';

  constructor(
    photoId: string,
    readonly reason: 'not-yours' | 'attached-elsewhere',
  ) {
    super(
      reason === 'not-yours'
        ? `Photo ${photoId} is not one you uploaded: upload it with POST /api/v1/report-photos first`
        : `Photo ${photoId} is attached to another report already: upload it again for this one`,
      { photoId, reason },
    );
  }
}

export class TooManyPhotosError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'too-many-photos';

  constructor(reportId: string, max: number) {
    super(`Report ${reportId} would have more than ${max} photos`, { reportId, max });
  }
}

/** Staff may read a report but only its reporter adds evidence to it. */
export class PhotoAdditionNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'photo-addition-not-allowed';

  constructor(reportId: string) {
    super(`Only the reporter of report ${reportId} may add photos to it`, { reportId });
  }
}

/** Content that starts as an image of an accepted type but cannot be decoded (truncated, corrupt). */
export class UnreadablePhotoError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'photo-unreadable';

  constructor(format: string, reason: string) {
    super(`The photo reads as ${format} but cannot be decoded: ${reason}`, { format });
  }
}

/** Photos are added until the report is reviewed; after that its evidence is what the reviewer saw. */
export class ReportPhotosClosedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'report-already-reviewed';

  constructor(reportId: string, status: string) {
    super(`Report ${reportId} was already reviewed (${status}); photos are added only before review`, { reportId, currentStatus: status });
  }
}

/** Photos are evidence for a report, and only workers file reports. */
export class PhotoUploadNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'photo-upload-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot upload report photos; workers do, for the reports they file, and departments, as progress and evidence`, {
      role,
    });
  }
}
