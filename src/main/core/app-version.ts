/** The app's version, kept equal to package.json by a unit test (no JSON import in the bundle). */
export const APP_VERSION = '0.1.0'
