/**
 * The e-form renderer, shared by the portal (filling, reviewing) and the back office (reading,
 * desk intake): `{ schema, ui }` from the catalogue, validated with the same core as the server.
 */
export { readableValue as displayValue } from '../../../contracts/eform-read';
export { EformReadOnly } from './EformReadOnly';
export { EformRenderer, type EformRendererProps } from './EformRenderer';
export { type FormValues, formDataErrors, initialValues, placeErrors } from './form-data';
export { type EformCheck, useEformCheck } from './useEformCheck';
export {
  cspAllowsEval,
  loadLocalValidator,
  loadPrecompiledValidator,
  type RemoteValidate,
} from './validation';
