import type { PageContext } from '../../common/chat-api/chat-api.js';
import { ChatApi } from './api.js';
import { ChatWidget, type WidgetConfig } from './chat-widget.js';
import { stringsFor } from './strings.js';

/** What the loader (the Magento module's `verity-loader.js`) leaves on `window`. */
interface VerityGlobal {
  config: WidgetConfig & { locale?: string };
  /** The page the shopper is on, from the module's `data-verity-page` (absent on older loaders). */
  page?: PageContext | null;
  getCustomerToken(): Promise<string | null>;
  widget?: ChatWidget;
}

declare global {
  interface Window {
    VerityAssistant?: VerityGlobal;
  }
}

function boot(): void {
  const verity = window.VerityAssistant;
  if (!verity || verity.widget) return;
  const locale = verity.config.locale ?? document.documentElement.lang ?? 'en';
  const config: WidgetConfig = {
    ...verity.config,
    locale,
    sidecarUrl: verity.config.sidecarUrl.replace(/\/$/, ''),
    ...(verity.page ? { page: verity.page } : {}),
  };
  const host = document.createElement('div');
  host.id = 'verity-widget';
  document.body.append(host);
  const api = new ChatApi(config.sidecarUrl, () => verity.getCustomerToken());
  verity.widget = new ChatWidget(host, config, api, stringsFor(locale));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
