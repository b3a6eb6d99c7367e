// Functions passed to the service worker or a page run there, where `chrome` exists; they are only type-checked here.
declare const chrome: any;
