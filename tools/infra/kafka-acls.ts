import { type KafkaAcl, type KafkaAclOperation, kafkaAclsOf, ServiceNames } from '@waystation/contracts';
import { type AclEntry, AclOperationTypes, AclPermissionTypes, AclResourceTypes, type Kafka, ResourcePatternTypes } from 'kafkajs';

/** A record, not a switch: a new operation in the contracts does not compile until it is mapped here. */
const KAFKA_OPERATIONS: Record<KafkaAclOperation, AclOperationTypes> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Create: AclOperationTypes.CREATE,
  Describe: AclOperationTypes.DESCRIBE,
};

/**
 * Grants every service the ACLs the contracts give it (kafkaAclsOf), and takes back any other ACL a service
 * principal holds, so a rule removed from the contracts is removed from the broker at the next start.
 */
export async function applyKafkaAcls(kafka: Kafka): Promise<void> {
  const wanted = ServiceNames.flatMap((service) => kafkaAclsOf(service).flatMap((acl) => aclEntries(`User:${service}`, acl)));
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createAcls({ acl: wanted });
    const { resources } = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    const wantedKeys = new Set(wanted.map(aclKey));
    const servicePrincipals = new Set(ServiceNames.map((service) => `User:${service}`));
    const stale = resources
      .flatMap(({ acls, ...resource }) =>
        acls.filter((acl) => servicePrincipals.has(acl.principal)).map((acl): AclEntry => ({ ...resource, ...acl })),
      )
      .filter((entry) => !wantedKeys.has(aclKey(entry)));
    if (stale.length > 0) await admin.deleteAcls({ filters: stale });
  } finally {
    await admin.disconnect();
  }
}

function aclEntries(principal: string, { resource, operations }: KafkaAcl): AclEntry[] {
  return operations.map((operation) => ({
    resourceType: resource.type === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
    resourceName: resource.name,
    resourcePatternType: ResourcePatternTypes.LITERAL,
    principal,
    host: '*',
    operation: KAFKA_OPERATIONS[operation],
    permissionType: AclPermissionTypes.ALLOW,
  }));
}

function aclKey(entry: AclEntry): string {
  return [
    entry.resourceType,
    entry.resourceName,
    entry.resourcePatternType,
    entry.principal,
    entry.host,
    entry.operation,
    entry.permissionType,
  ].join('|');
}
