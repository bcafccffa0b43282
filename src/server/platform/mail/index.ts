export { mailNotice } from './mail-notice';
export { createMailer, type Mailer, type MailerOptions, type SendMailInput } from './mailer';
export {
  escapeHtml,
  type MailTemplateData,
  type MailTemplateName,
  mailTemplateSchemas,
  type RenderedMail,
  renderMailTemplate,
} from './templates';
