/**
 * English texts of getting in: first-run setup, sign-in and accepting an invitation.
 */
export const enAccess = {
  setup: {
    title: 'Set up UPR Advocate',
    intro: 'Create your organisation and the first administrator account. It takes one minute.',
    setupCode: 'Setup code',
    setupCodeHint: 'Printed in the server log when the server started.',
    organisationName: 'Organisation name',
    name: 'Your name',
    email: 'Your e-mail',
    password: 'Password',
    passwordHint: 'At least 10 characters. A passphrase of several words is easy to remember.',
    submit: 'Create organisation',
    done: 'Your organisation is ready.',
  },
  auth: {
    title: 'Sign in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    wrongCredentials: 'E-mail or password is wrong.',
    throttled: 'Too many sign-in attempts. Wait a few minutes before trying again.',
    noAccount: 'No account yet? Ask your organisation’s administrator for an invitation link.',
  },
  invite: {
    title: 'Join your team',
    intro: '{{organisation}} invites you to UPR Advocate.',
    role: 'Your role: {{role}}',
    email: 'Your account e-mail: {{email}}',
    name: 'Your name',
    password: 'Choose a password',
    submit: 'Accept invitation',
    invalidTitle: 'Invitation not valid',
  },
};
