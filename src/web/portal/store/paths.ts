/** The personal data store page, in the account area (Vietnamese slug, like the other account pages). */
export const STORE_PATH = '/tai-khoan/kho-du-lieu';
