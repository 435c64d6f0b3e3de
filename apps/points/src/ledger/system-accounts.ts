/** The city's account that points are issued from; its balance is minus everything ever earned. */
export const ISSUANCE_ACCOUNT_ID = '00000000-0000-7000-8000-000000000001';
