export { AccountPage } from './account/account-page';
export { ForcedStep } from './forced/forced-step';
export { SignInPage } from './sign-in/sign-in-page';
export { ME_KEY, type Me, useMe, useSignOut, useUpdatePreferences } from './api/me';
