/**
 * Verity widget loader: plain JavaScript (no RequireJS, no Alpine), so it runs on Luma and Hyvä alike.
 *
 * 1. Reads the store-level settings the template put on #verity-assistant (never customer data: the
 *    page may come from full-page cache).
 * 2. Decides once per browser session whether this session is in the rollout share.
 * 3. Reads the page's context (data-verity-page: page type, product SKU and name, category), which the
 *    widget sends with each message so "this jacket" means the jacket on the page.
 * 4. Exposes window.VerityAssistant = { config, page, getCustomerToken() } and loads the widget bundle from
 *    the sidecar. getCustomerToken() reads the "verity" customer-data section from
 *    /customer/section/load (private, never cached) and resolves to the signed token, or null for
 *    guests; it refreshes the token shortly before it expires.
 */
(function () {
  'use strict';

  var root = document.getElementById('verity-assistant');
  if (!root || window.VerityAssistant) {
    return;
  }
  var config;
  try {
    config = JSON.parse(root.getAttribute('data-verity-config') || '');
  } catch (e) {
    return;
  }

  function inRollout(percentage) {
    var key = 'verity-rollout-bucket';
    var bucket = null;
    try {
      bucket = window.sessionStorage.getItem(key);
      if (bucket === null) {
        bucket = String(Math.floor(Math.random() * 100));
        window.sessionStorage.setItem(key, bucket);
      }
    } catch (e) {
      // Storage blocked: decide for this page view only.
      bucket = String(Math.floor(Math.random() * 100));
    }
    return Number(bucket) < percentage;
  }

  if (!inRollout(Number(config.rolloutPercentage))) {
    return;
  }

  var page = null;
  try {
    page = JSON.parse(root.getAttribute('data-verity-page') || 'null');
  } catch (e) {
    page = null;
  }

  var cached = null;
  var REFRESH_MARGIN_SECONDS = 60;

  function getCustomerToken() {
    var nowSeconds = Date.now() / 1000;
    if (cached && cached.expiresAt - REFRESH_MARGIN_SECONDS > nowSeconds) {
      return Promise.resolve(cached.token);
    }
    var url =
      config.sectionLoadUrl +
      (config.sectionLoadUrl.indexOf('?') === -1 ? '?' : '&') +
      'sections=verity&force_new_section_timestamp=false&_=' +
      Date.now();
    return fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    })
      .then(function (response) {
        return response.ok ? response.json() : {};
      })
      .then(function (sections) {
        var section = sections && sections.verity;
        cached =
          section && section.token ? { token: section.token, expiresAt: Number(section.expires_at) } : null;
        return cached ? cached.token : null;
      })
      .catch(function () {
        return null;
      });
  }

  window.VerityAssistant = { config: config, page: page, getCustomerToken: getCustomerToken };

  var script = document.createElement('script');
  script.src = config.sidecarUrl + '/widget/verity-widget.js';
  script.async = true;
  document.body.appendChild(script);
})();
