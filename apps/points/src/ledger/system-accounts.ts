/** The city's account that points are issued from; its balance is minus everything ever earned. */
export const ISSUANCE_ACCOUNT_ID = '00000000-0000-7000-8000-000000000001';

/** The city office's account that manual adjustments move points to and from. */
export const ADJUSTMENTS_ACCOUNT_ID = '00000000-0000-7000-8000-000000000010';

/** Where expired points go. */
export const EXPIRY_ACCOUNT_ID = '00000000-0000-7000-8000-000000000011';

/** Where points spent on rewards go, and refunds come back from; its balance is everything spent, net. */
export const REDEMPTIONS_ACCOUNT_ID = '00000000-0000-7000-8000-000000000002';
