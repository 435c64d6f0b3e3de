import { z } from 'zod';

/** A staff account's username and password, as the city office created it; the gateway has the last word. */
export const staffSignInFormSchema = z.object({
  username: z.string().trim().min(1, { error: 'staffSignIn.errors.usernameRequired' }),
  password: z.string().min(1, { error: 'staffSignIn.errors.passwordRequired' }),
});
export type StaffSignInForm = z.infer<typeof staffSignInFormSchema>;
