export { AppError, type ErrorField, isAppError } from './app-error';
export { type ErrorCode, errorCodes } from './codes';
export { type Problem, problem } from './problem';
