// AccountPage (account/account-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { ForcedStep } from './forced/forced-step';
export { SignInPage } from './sign-in/sign-in-page';
export { ME_KEY, type Me, useMe, useSignOut, useUpdatePreferences } from './api/me';
