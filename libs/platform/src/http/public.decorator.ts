import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Routes anyone may call without identifying themselves (station lookup, health): the only way past the gateway's IdentityGuard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
