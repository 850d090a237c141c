/** Any character a terminal could act on: C0 except newline, DEL, C1, and the bidi overrides. */
export const TERMINAL_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
