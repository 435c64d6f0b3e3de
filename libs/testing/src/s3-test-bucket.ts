import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { type S3TestServer, startS3TestServer } from '@waystation/infra';
import { v7 as uuidv7 } from 'uuid';

export interface S3TestBucket {
  server: S3TestServer;
  bucket: string;
  /** A client of the server, to look at what a spec stored. */
  client: S3Client;
  stop(): Promise<void>;
}

/**
 * A fresh bucket on a real S3-compatible server (moto's, which the tooling installs and starts for this spec;
 * it stops with `stop` or with the process).
 */
export async function startS3TestBucket(): Promise<S3TestBucket> {
  const server = await startS3TestServer();
  const client = new S3Client({
    endpoint: server.endpoint,
    region: server.region,
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
  });
  const bucket = `waystation-test-${uuidv7()}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    server,
    bucket,
    client,
    stop: async () => {
      client.destroy();
      await server.stop();
    },
  };
}
