/* global document, Node, URLSearchParams, location, history, window */
// newsflow search page: plain DOM, no framework, no build step. The URL holds the whole state.
// Article text is untrusted: it only ever reaches the page as text nodes, never as HTML.

const LIST_PARAMS = ['entity', 'keyword', 'source', 'language', 'tag', 'feed'];
const SINGLE_PARAMS = ['q', 'sort', 'collapse', 'from', 'to', 'article'];
const FACETS = [
  ['person', 'People', (v) => ['entity', `person:${v}`]],
  ['org', 'Organisations', (v) => ['entity', `org:${v}`]],
  ['location', 'Places', (v) => ['entity', `location:${v}`]],
  ['keywords', 'Keywords', (v) => ['keyword', v]],
  ['sources', 'Sources', (v) => ['source', v]],
  ['languages', 'Languages', (v) => ['language', v]],
];

const $ = (id) => document.getElementById(id);

/** Creates an element; strings become text nodes, so nothing passed here is parsed as HTML. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The API's highlights are escaped HTML whose only tags are <mark>. Rebuild them as text nodes and
 * <mark> elements instead of trusting innerHTML.
 */
function highlighted(html) {
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      mark = el('mark');
      out.append(mark);
    } else if (part === '</mark>') {
      mark = null;
    } else if (part) {
      const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
      (mark ?? out).append(document.createTextNode(text));
    }
  }
  return out;
}

// ---- state in the URL ----

function readState() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of SINGLE_PARAMS) if (params.get(key)) state[key] = params.get(key);
  for (const key of LIST_PARAMS) state[key] = params.getAll(key).filter(Boolean);
  return state;
}

function toParams(state, { withArticle = false } = {}) {
  const params = new URLSearchParams();
  for (const key of SINGLE_PARAMS) {
    if (key === 'article' && !withArticle) continue;
    if (state[key]) params.set(key, state[key]);
  }
  for (const key of LIST_PARAMS) for (const value of state[key] ?? []) params.append(key, value);
  return params;
}

function go(state) {
  const query = toParams(state, { withArticle: true }).toString();
  history.pushState(null, '', query ? `/?${query}` : '/');
  render();
}

function addFilter(key, value) {
  const state = readState();
  delete state.article;
  if (!state[key].includes(value)) state[key].push(value);
  go(state);
}

function removeFilter(key, value) {
  const state = readState();
  if (LIST_PARAMS.includes(key)) state[key] = state[key].filter((v) => v !== value);
  else delete state[key];
  go(state);
}

// ---- API ----

async function api(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const details = (body.errors ?? []).map((e) => `${e.pointer.replace(/^\//, '')}: ${e.message}`);
    throw new Error(details.length > 0 ? details.join('; ') : (body.detail ?? `HTTP ${response.status}`));
  }
  return body;
}

function showError(error) {
  const box = $('error');
  box.hidden = !error;
  box.textContent = error ? error.message : '';
}

// ---- search view ----

let nextCursor = null;

function searchPath(state, cursor) {
  const params = toParams(state);
  if (state.collapse) params.set('collapse', 'true');
  if (cursor) {
    params.set('cursor', cursor);
    params.set('facets', 'false');
  }
  return `/v1/search?${params}`;
}

function renderActiveFilters(state) {
  const box = $('active-filters');
  box.replaceChildren();
  const chip = (label, key, value) =>
    el(
      'button',
      {
        type: 'button',
        class: 'chip active',
        title: 'Remove filter',
        onclick: () => removeFilter(key, value),
      },
      `${label} ×`,
    );
  for (const key of LIST_PARAMS)
    for (const value of state[key]) box.append(chip(`${key}: ${value}`, key, value));
  if (state.from) box.append(chip(`from ${state.from.slice(0, 16)}`, 'from'));
  if (state.to) box.append(chip(`to ${state.to.slice(0, 16)}`, 'to'));
}

function renderFacets(facets) {
  const box = $('facet-lists');
  box.replaceChildren();
  if (!facets) return;
  for (const [name, title, filter] of FACETS) {
    const buckets = facets[name] ?? [];
    if (buckets.length === 0) continue;
    box.append(
      el(
        'section',
        { class: 'facet', 'data-facet': name },
        el('h3', {}, title),
        el(
          'ul',
          {},
          buckets.map((b) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', onclick: () => addFilter(...filter(b.value)) },
                el('span', { class: 'value' }, b.value),
                el('span', { class: 'count' }, b.count),
              ),
            ),
          ),
        ),
      ),
    );
  }
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.append(document.createTextNode(text));
  return node;
}

function renderTimeline(timeline) {
  const box = $('timeline');
  box.replaceChildren();
  const buckets = timeline?.buckets ?? [];
  box.hidden = buckets.length === 0;
  if (buckets.length === 0) return;
  const width = 600;
  const height = 90;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = width / buckets.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', role: 'img' });
  buckets.forEach((bucket, i) => {
    const barHeight = ((height - 16) * bucket.count) / max;
    const bar = svg('rect', {
      x: i * step + 1,
      y: height - 14 - barHeight,
      width: Math.max(step - 2, 1),
      height: barHeight,
      'data-date': bucket.date,
    });
    const label = `${bucket.date.slice(0, 16).replace('T', ' ')}: ${bucket.count}`;
    bar.append(svg('title', {}, label));
    // Keyboard: each bar is focusable; Enter or Space narrows to it, as a click does.
    bar.setAttribute('tabindex', '0');
    bar.setAttribute('role', 'button');
    bar.setAttribute('aria-label', `Narrow to ${label}`);
    bar.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      zoomTo(i, i);
    });
    chart.append(bar);
  });

  function zoomTo(first, last) {
    const state = readState();
    state.from = buckets[first].date;
    const after = buckets[last + 1]?.date;
    if (after) state.to = new Date(Date.parse(after) - 1).toISOString();
    else delete state.to;
    go(state);
  }

  // Brushing: drag across buckets to zoom the date range to them; a click selects one bucket.
  const brush = svg('rect', { class: 'brush', y: 0, height: height - 14, x: 0, width: 0 });
  chart.append(brush);
  const bucketAt = (event) => {
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / step)));
  };
  const drawBrush = (a, b) => {
    brush.setAttribute('x', String(Math.min(a, b) * step));
    brush.setAttribute('width', String((Math.abs(a - b) + 1) * step));
  };
  let anchor = null;
  chart.addEventListener('pointerdown', (event) => {
    anchor = bucketAt(event);
    chart.setPointerCapture?.(event.pointerId);
    drawBrush(anchor, anchor);
  });
  chart.addEventListener('pointermove', (event) => {
    if (anchor !== null) drawBrush(anchor, bucketAt(event));
  });
  chart.addEventListener('pointerup', (event) => {
    if (anchor === null) return;
    const first = Math.min(anchor, bucketAt(event));
    const last = Math.max(anchor, bucketAt(event));
    anchor = null;
    zoomTo(first, last);
  });
  const first = buckets[0].date.slice(0, 10);
  const last = buckets[buckets.length - 1].date.slice(0, 10);
  chart.append(svg('text', { x: 2, y: height - 2, class: 'axis' }, first));
  chart.append(
    svg(
      'text',
      { x: width - 2, y: height - 2, class: 'axis', 'text-anchor': 'end' },
      `${last} · per ${timeline.interval}`,
    ),
  );
  box.append(chart);
}

function entityChips(entities, matched = []) {
  const why = new Map(matched.map((m) => [`${m.type}:${m.name}`, m.because.join('; ')]));
  return el(
    'div',
    { class: 'entities' },
    ['person', 'org', 'location'].flatMap((type) =>
      (entities?.[type] ?? []).slice(0, 6).map((name) =>
        el(
          'button',
          {
            type: 'button',
            class: `chip ${type}${why.has(`${type}:${name}`) ? ' matched' : ''}`,
            title: why.get(`${type}:${name}`),
            onclick: () => addFilter('entity', `${type}:${name}`),
          },
          name,
        ),
      ),
    ),
  );
}

/** Why the hit matched, entity by entity: "Matched Vladimir Putin (query putin)". */
function matchReasons(matched) {
  if (!matched || matched.length === 0) return null;
  return el(
    'p',
    { class: 'why' },
    'Matched ',
    matched.flatMap((m, i) => [
      i > 0 ? ', ' : '',
      el('strong', { class: m.type }, m.name),
      ` (${m.because.join('; ')})`,
    ]),
  );
}

function openArticle(id) {
  const state = readState();
  state.article = id;
  go(state);
}

function resultItem(hit) {
  const title = el('a', { href: `/?article=${encodeURIComponent(hit.id)}`, 'data-id': hit.id });
  title.append(
    hit.highlights.title.length > 0
      ? highlighted(hit.highlights.title[0])
      : document.createTextNode(hit.title),
  );
  title.addEventListener('click', (event) => {
    event.preventDefault();
    openArticle(hit.id);
  });
  const snippet = el('p', { class: 'snippet' });
  if (hit.highlights.body.length > 0) {
    hit.highlights.body.forEach((fragment, i) => {
      if (i > 0) snippet.append(' … ');
      snippet.append(highlighted(fragment));
    });
  } else {
    snippet.textContent = hit.snippet;
  }
  return el(
    'li',
    { class: 'result', 'data-id': hit.id },
    el('h2', {}, title),
    el(
      'div',
      { class: 'meta' },
      `${hit.source} · ${new Date(hit.publishedAt).toLocaleString()} · ${hit.language ?? ''}`,
      hit.duplicates ? el('span', { class: 'copies' }, `+${hit.duplicates} similar`) : null,
    ),
    snippet,
    matchReasons(hit.matchedEntities),
    entityChips(hit.entities, hit.matchedEntities),
  );
}

function exportLinks(state) {
  for (const format of ['csv', 'ndjson']) {
    const params = toParams(state);
    params.delete('collapse');
    params.set('format', format);
    $(`export-${format}`).setAttribute('href', `/v1/export?${params}`);
  }
}

async function runSearch(state) {
  $('search-view').hidden = false;
  $('article-view').hidden = true;
  renderActiveFilters(state);
  exportLinks(state);
  const result = await api(searchPath(state));
  $('total').textContent =
    result.distinct !== undefined
      ? `${result.total} articles, ${result.distinct} stories`
      : `${result.total} articles`;
  $('results').replaceChildren(...result.hits.map(resultItem));
  renderFacets(result.facets);
  renderTimeline(result.facets?.timeline);
  nextCursor = result.nextCursor;
  $('more').hidden = !nextCursor;
}

async function loadMore() {
  if (!nextCursor) return;
  try {
    const result = await api(searchPath(readState(), nextCursor));
    $('results').append(...result.hits.map(resultItem));
    nextCursor = result.nextCursor;
    $('more').hidden = !nextCursor;
  } catch (error) {
    showError(error);
  }
}

// ---- article view ----

/** The body with entity mentions marked, from their offsets; overlapping mentions keep the first. */
function markedBody(text, entities) {
  const spans = entities
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.field === 'body')
        .map((m) => ({ ...m, type: e.type.toLowerCase(), name: e.name })),
    )
    .sort((a, b) => a.start - b.start);
  const body = el('div', { class: 'body' });
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    body.append(text.slice(at, span.start));
    body.append(
      el('mark', { class: `entity ${span.type}`, title: span.name }, text.slice(span.start, span.end)),
    );
    at = span.end;
  }
  body.append(text.slice(at));
  return body;
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

async function showArticle(id) {
  $('search-view').hidden = true;
  const view = $('article-view');
  view.hidden = false;
  view.replaceChildren(el('p', {}, 'Loading…'));
  const [article, related] = await Promise.all([
    api(`/v1/articles/${encodeURIComponent(id)}`),
    api(`/v1/articles/${encodeURIComponent(id)}/related?size=5`).catch(() => ({ hits: [] })),
  ]);
  const back = el(
    'button',
    { type: 'button', class: 'back', onclick: () => history.back() },
    '← Back to results',
  );
  const grouped = { person: [], org: [], location: [] };
  for (const entity of [...article.entities].sort((a, b) => b.salience - a.salience))
    grouped[entity.type.toLowerCase()].push(entity.name);
  const link = safeUrl(article.url ?? '');
  view.replaceChildren(
    back,
    el('h1', { id: 'article-title' }, article.title),
    el(
      'div',
      { class: 'meta' },
      `${article.source} · ${new Date(article.publishedAt).toLocaleString()} · ${article.language.code}`,
      article.authors.length > 0 ? ` · ${article.authors.join(', ')}` : '',
      link
        ? el(
            'span',
            {},
            ' · ',
            el('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'),
          )
        : null,
    ),
    entityChips(grouped),
    markedBody(article.body, article.entities),
    el('h3', {}, 'Keywords'),
    el(
      'div',
      { class: 'entities' },
      article.keywords.map((k) =>
        el('button', { type: 'button', class: 'chip', onclick: () => addFilter('keyword', k.text) }, k.text),
      ),
    ),
    el('h3', {}, 'Related'),
    el(
      'ol',
      { id: 'related' },
      related.hits.map((hit) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: `/?article=${encodeURIComponent(hit.id)}`,
              onclick: (event) => {
                event.preventDefault();
                openArticle(hit.id);
              },
            },
            hit.title,
          ),
          el(
            'span',
            { class: 'meta' },
            ` — ${hit.source}${hit.sharedEntities.length ? ` · shares ${hit.sharedEntities.join(', ')}` : ''}`,
          ),
        ),
      ),
    ),
  );
}

// ---- wiring ----

async function render() {
  const state = readState();
  $('q').value = state.q ?? '';
  $('sort').value = state.sort ?? 'relevance';
  $('collapse').checked = state.collapse === 'true';
  showError(null);
  document.body.dataset.state = 'loading';
  try {
    if (state.article) await showArticle(state.article);
    else await runSearch(state);
  } catch (error) {
    showError(error);
  }
  document.body.dataset.state = 'ready';
}

function wire() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readState();
    delete state.article;
    state.q = $('q').value.trim();
    state.sort = $('sort').value;
    if ($('collapse').checked) state.collapse = 'true';
    else delete state.collapse;
    go(state);
  });
  $('more').addEventListener('click', loadMore);
  window.addEventListener('popstate', render);

  const input = $('entity-input');
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const value = input.value.trim();
    if (/^(person|org|location):/.test(value)) return;
    timer = setTimeout(async () => {
      try {
        const { entities } = await api(`/v1/entities?prefix=${encodeURIComponent(value)}&size=10`);
        $('entity-suggestions').replaceChildren(
          ...entities.map((e) => el('option', { value: `${e.type}:${e.name}` }, `${e.name} (${e.count})`)),
        );
      } catch {
        // Suggestions are a convenience: a failure leaves the list as it was.
      }
    }, 150);
  });
  input.addEventListener('change', () => {
    const value = input.value.trim();
    if (value) {
      input.value = '';
      addFilter('entity', value);
    }
  });
  render();
}

wire();
