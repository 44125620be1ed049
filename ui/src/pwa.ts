// In a browser, the app installs like an app: a service worker (public/sw.js) keeps its shell,
// never the photos. The desktop window has no need of one.

import type { Backend } from "./backend";

/** Registers the service worker where there is one to register: in a browser, on an origin
 * that allows it (a plain-http address on the local network does not have
 * `navigator.serviceWorker`). Answers the registration, or null. */
export async function registerServiceWorker(
  backend: Pick<Backend, "desktop">,
  where: Pick<Navigator, "serviceWorker"> | { serviceWorker?: undefined } = navigator,
): Promise<ServiceWorkerRegistration | null> {
  if (backend.desktop || !where.serviceWorker) return null;
  try {
    // The app is served at the server's root: the worker keeps the whole of it.
    return await where.serviceWorker.register("/sw.js", { scope: "/" });
  } catch (error) {
    console.warn("the service worker could not be registered", error);
    return null;
  }
}
