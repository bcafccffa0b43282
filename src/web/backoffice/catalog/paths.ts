/** The catalogue administration's addresses in the back office. */
export const CATALOG_ROOT = '/can-bo/thu-tuc';
export const NEW_VERSION_SLUG = 'phien-ban-moi';
export const NEW_PROCEDURE_SLUG = 'moi';
export const EDIT_VERSION_SLUG = 'phien-ban';
