export { databaseUrl, readTestInfra, slotPort, TEST_INFRA_DIR, TEST_PHOTO_DIR, TEST_SMS_OUTBOX, type TestInfra } from './infra-state';
export { waitFor, type WaitForOptions } from './wait-for';
export { gatewayAs, newStaff, newWorker, serviceAs, serviceWithAuthorization } from './gateway-client';
export { everyItemOf } from './every-page';
export { TestTokenIssuer, testTokenIssuer, type TokenOptions, type TrustedIssuer } from './test-token-issuer';
export { createScratchDatabase, queryDatabase, readCounter } from './probes';
export { startSecondGateway, startTestSystem } from './test-system';
export { type LiveEventsConnection, openLiveEvents } from './live-events-client';
export { publishEvents, publishRaw, readTopic, type ReadMessage, testKafka } from './kafka-probe';
export { expectProblem } from './expect-problem';
export { describeCallerVerification, type GuardedRoute } from './caller-verification';
export { undocumentedSettings } from './readme-config';
export { startServiceUnderTest, type ServiceUnderTestOptions } from './service-under-test';
export { containerMisconfigurations, deployedEnvironments } from './deployed-environments';
export { OpenApiConformance, type ObservedResponse } from './openapi-conformance';
export { confirmMany, type ConfirmedReport, type ConfirmManyOptions } from './confirm-many';
export { E2E_REPORT_COMMUNITY, placeReport } from './report-placement';
export {
  allDeadLetterTopics,
  countDeadLettersSince,
  type DeadLetter,
  type DeadLetterMark,
  deadLettersSince,
  markDeadLetters,
} from './dead-letters';
export { auditCredits, type CreditAudit, creditPostingsPerReport, settleCredits } from './credit-audit';
export { ensureTestInfraRunning, restartTestKafka, startTestPostgres, stopTestPostgres } from './infra-outages';
export { runDeadLetterReplay } from './replay-tool';
export { hasConsumed, type PositionedMessage, readTopicToEnd, topicEnds, type TopicEnds } from './topic-to-end';
export { closeApp, closeWithin, type MessagingTestAppOptions, startMessagingTestApp } from './messaging-test-app';
export {
  newPhoneNumber,
  signUpWorker,
  smsCodeFor,
  TEST_PRIVACY_NOTICE_VERSION,
  workerProfile,
  type WorkerSignUpOverrides,
} from './worker-sign-up';
export { type OidcTestIssuer, type OidcTestIssuerOptions, startOidcTestIssuer } from './oidc-test-issuer';
export { type TestAccount } from './test-account';
export { signInAdmin, signInStaff, signInWithPassword } from './staff-sign-in';
export { importDemoMap } from './city-map';
export { cameraJpeg, tinyTestPhoto, uploadTestPhoto } from './test-photos';
export { type S3TestBucket, startS3TestBucket } from './s3-test-bucket';
export { asXmlText, OPEN311_FIELDS, parseOpen311Xml } from './open311-standard';
export { type ReceivedEvent, WebhookTestReceiver } from './webhook-receiver';
