import { type KafkaAcl, type KafkaAclOperation, kafkaAclsByPrincipal } from '@waystation/contracts';
import { type AclEntry, AclOperationTypes, AclPermissionTypes, AclResourceTypes, type Kafka, ResourcePatternTypes } from 'kafkajs';

/** A record, not a switch: a new operation in the contracts does not compile until it is mapped here. */
const KAFKA_OPERATIONS: Record<KafkaAclOperation, AclOperationTypes> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Create: AclOperationTypes.CREATE,
  Describe: AclOperationTypes.DESCRIBE,
};

/**
 * Grants every service and department the ACLs the contracts give it (kafkaAclsByPrincipal), and takes back any
 * other ACL such a principal holds, so a rule removed from the contracts is removed from the broker at the next start.
 */
export async function applyKafkaAcls(kafka: Kafka): Promise<void> {
  const principals = kafkaAclsByPrincipal();
  const wanted = principals.flatMap(({ principal, acls }) => acls.flatMap((acl) => aclEntries(`User:${principal}`, acl)));
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
    const managedPrincipals = new Set(principals.map(({ principal }) => `User:${principal}`));
    const stale = resources
      .flatMap(({ acls, ...resource }) =>
        acls.filter((acl) => managedPrincipals.has(acl.principal)).map((acl): AclEntry => ({ ...resource, ...acl })),
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
    resourcePatternType: resource.patternType === 'prefixed' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
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
