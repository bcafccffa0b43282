import type { viAuth } from './vi-auth';

export const enAuth: Record<keyof typeof viAuth, string> = {
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.copied': 'Copied',
  'form.invalid': 'This value is not valid.',

  'header.account': 'Account:',
  'header.userMenu': 'Account: {name}',
  'header.actingFor': 'Acting for {name}',
  'header.signOut': 'Sign out',
  'header.signOutAll': 'Sign out on all devices',

  'password.ruleLength': '8 to 128 characters',
  'password.ruleKinds': 'At least three of: lower-case letters, upper-case letters, digits, symbols',
  'password.ruleMet': 'met',

  'auth.aside.title': 'One account for every procedure',
  'auth.aside.track': 'Submit dossiers online and follow every step.',
  'auth.aside.prefill': 'Your details are filled into forms for you, so you do not type them again.',
  'auth.aside.log': 'See which agency viewed or changed your data, and when.',
  'auth.aside.safety': 'Officials never ask for your password or a confirmation code over the phone.',
  'auth.backToSignIn': 'Back to sign-in',
  'auth.welcome': 'Welcome, {name}. Your account is ready.',

  'auth.notice.expired': 'Your session has expired. Sign in again to continue where you left off.',
  'auth.notice.signedOut': 'You have signed out.',
  'auth.notice.signedOutAll': 'You have signed out on all devices.',

  'auth.eid.button': 'Sign in with your national electronic ID',
  'auth.eid.error.title': 'Signing in with the national electronic ID did not work',
  'auth.eid.error.generic':
    'Something went wrong while signing in with the national electronic ID. Try again or use your password.',
  'auth.eid.error.code': 'Error code: {code}',

  'auth.login.label': 'Phone number or e-mail',
  'auth.login.hint': 'The phone number or e-mail you registered with',
  'auth.login.required': 'Please enter your phone number or e-mail.',
  'auth.password.label': 'Password',
  'auth.password.required': 'Please enter a password.',

  'auth.signIn.title': 'Sign in',
  'auth.signIn.lead': 'Sign in to submit dossiers, follow results and manage your details.',
  'auth.signIn.orPassword': 'or sign in with a password',
  'auth.signIn.forgot': 'Forgot your password?',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.enterCode': 'Enter the confirmation code to activate the account',
  'auth.signIn.noAccount': 'No account yet?',
  'auth.signIn.register': 'Create an account',

  'auth.register.title': 'Create an account',
  'auth.register.lead': 'It takes a minute. We will send a code to activate the account.',
  'auth.register.eidHint':
    'With a national electronic ID you do not need to register: your identity is verified at once.',
  'auth.register.fullName': 'Full name',
  'auth.register.fullName.hint': 'In full, with diacritics, as on your ID card',
  'auth.register.fullName.invalid': 'Please enter your full name (at least 2 characters).',
  'auth.register.channel': 'Receive the code by',
  'auth.register.byPhone': 'Phone',
  'auth.register.byEmail': 'E-mail',
  'auth.register.phone': 'Mobile phone number',
  'auth.register.phone.invalid': 'A phone number has 10 digits and starts with 0.',
  'auth.register.email': 'E-mail address',
  'auth.register.email.invalid': 'The e-mail address is not valid, for example: name@example.vn.',
  'auth.register.password': 'Password',
  'auth.register.repeat': 'Repeat the password',
  'auth.register.repeat.mismatch': 'The two passwords are not the same.',
  'auth.register.submit': 'Register and get the code',
  'auth.register.haveAccount': 'Already have an account?',
  'auth.register.signIn': 'Sign in',

  'auth.confirm.title': 'Enter the confirmation code',
  'auth.confirm.lead': 'Last step: enter the code to activate your account and sign in.',
  'auth.confirm.sentEmail': 'We sent a 6-digit code to {to}. It is valid for {minutes} minutes.',
  'auth.confirm.sentSms': 'We texted a 6-digit code to {to}. It is valid for {minutes} minutes.',
  'auth.confirm.sentEarlier':
    'Enter the code sent to {to} when you registered. If it has expired, register again with the same details to get a new one.',
  'auth.confirm.code': 'Confirmation code',
  'auth.confirm.code.hint': '6 digits',
  'auth.confirm.code.invalid': 'The confirmation code has exactly 6 digits.',
  'auth.confirm.submit': 'Confirm and sign in',
  'auth.confirm.resend': 'Send a new code',
  'auth.confirm.resendIn': 'Send a new code in {seconds} seconds',
  'auth.confirm.resent': 'A new code was sent. The old one no longer works.',
  'auth.confirm.restart': 'Use another phone number or e-mail',

  'auth.forgot.title': 'Forgot your password',
  'auth.forgot.lead':
    'Enter the phone number or e-mail of your account. We will send instructions to reset the password.',
  'auth.forgot.submit': 'Send instructions',
  'auth.forgot.sentTitle': 'Request received',
  'auth.forgot.sent':
    'If {login} is registered, a password-reset link will arrive within a few minutes. Check your spam folder too.',

  'auth.reset.title': 'Reset your password',
  'auth.reset.lead': 'Choose a new password. Every other session will end.',
  'auth.reset.password': 'New password',
  'auth.reset.submit': 'Save the new password',
  'auth.reset.done': 'Your password was reset. You can sign in with the new password.',
  'auth.reset.badLink':
    'The reset link is not valid. Open the link in the e-mail again or ask for a new one.',
  'auth.reset.gone': 'This link has expired or was already used. Please ask for a new one.',
  'auth.reset.again': 'Ask for a new link',
};
