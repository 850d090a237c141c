// maplibre-gl's CSP build (a worker loaded from the app's own origin, no blob: workers) has the
// same API as its default build.
declare module 'maplibre-gl/dist/maplibre-gl-csp' {
  import maplibregl from 'maplibre-gl'
  export default maplibregl
}

declare module '*?url' {
  const url: string
  export default url
}
