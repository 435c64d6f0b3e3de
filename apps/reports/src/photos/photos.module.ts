import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhotoAttachments } from './photo-attachments.service';
import { PhotoImages } from './photo-images.service';
import { PhotoSettings } from './photo-settings';
import { photoStoreProvider } from './photo-store.provider';
import { PhotoUploads } from './photo-uploads.service';
import { PhotoUploadsController } from './photo-uploads.controller';
import { Photo } from './photo.entity';
import { UnattachedPhotoCleanup } from './unattached-photo-cleanup.service';
import { UnattachedPhotoCleanupScheduler } from './unattached-photo-cleanup.scheduler';

/** Uploads, storage and attachment of photos; global, so report intake attaches without importing it. */
@Module({})
export class PhotosModule {
  static forRoot(settings: PhotoSettings): DynamicModule {
    return {
      module: PhotosModule,
      global: true,
      imports: [TypeOrmModule.forFeature([Photo])],
      controllers: [PhotoUploadsController],
      providers: [
        { provide: PhotoSettings, useValue: settings },
        photoStoreProvider,
        PhotoUploads,
        PhotoAttachments,
        PhotoImages,
        UnattachedPhotoCleanup,
        UnattachedPhotoCleanupScheduler,
      ],
      exports: [PhotoAttachments, PhotoImages],
    };
  }
}
