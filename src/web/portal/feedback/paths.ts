/** The citizen's complaints and suggestions (portal route, linked from the account menu). */
export const COMPLAINTS_PATH = '/phan-anh-kien-nghi';
