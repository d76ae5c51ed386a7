// The support dashboard: log in, the queue, the case file with the decision form, the live feed and counts.
import { $, h } from './dom.js';
import { Api } from './api.js';
import { CaseFile } from './casefile.js';
import { DecisionForm } from './decision.js';
import { EventStream } from './stream.js';
import { Feed } from './feed.js';
import { Queue } from './queue.js';
import { countdown } from './format.js';
import * as session from './session.js';

const QUEUE_EVENTS = new Set(['DisputeOpened', 'DecisionMade', 'CaseWithdrawn', 'DisputeOverdue', 'AppealFiled',
  'FollowUpPosted', 'InformationRequested', 'StatementSubmitted']);
const COUNT_EVENTS = new Set([...QUEUE_EVENTS, 'RefundIssued']);

let api;
let me;
let stream;
let queue;
let feed;
let caseFile;
let openDispute = null;
let form = null;
const later = new Map();

function debounce(name, action, delay = 250) {
  clearTimeout(later.get(name));
  later.set(name, setTimeout(action, delay));
}

function showLogin(message = '') {
  stream?.stop();
  $('#app').hidden = true;
  $('#login').hidden = false;
  $('#login-error').textContent = message;
  $('#token-input').focus();
}

async function logIn(token) {
  const who = session.describe(token);
  if (who.error) return showLogin(who.error);
  api = new Api(token, () => { session.forget(); showLogin('Your session has ended: log in again.'); });
  try {
    await api.get('/api/disputes/stats');
    api.orderServiceUrl = (await api.get('/api/disputes/dashboard-config')).orderServiceUrl || '';
  } catch (failure) {
    if (failure.status === 401) return showLogin('The service does not accept this token.');
    return showLogin(`The service cannot be reached: ${failure.message}`);
  }
  session.save(token);
  me = who.userId;
  $('#whoami').textContent = `${who.userId} · ${who.groups.join(', ')}`;
  $('#login').hidden = true;
  $('#app').hidden = false;
  caseFile = new CaseFile(api);
  queue = new Queue($('#queue'), $('#queue-empty'), $('#queue-count'), (id) => open(id));
  feed = new Feed($('#feed'), (caseId) => openCase(caseId));
  stream = new EventStream(token, {
    onEvent: received,
    onState: streamState,
    canReconnect: async () => {
      try {
        await api.get('/api/disputes/stats');
      } catch (failure) {
        if (failure.status === 401) return false;
      }
      return true;
    },
  });
  stream.start();
  await Promise.all([refreshQueue(), refreshCounts()]);
  queue.focusSelected();
}

function streamState(state) {
  const status = $('#stream-status');
  const wasLive = status.dataset.state === 'live';
  status.dataset.state = state;
  status.textContent = { live: 'Live', connecting: 'Reconnecting…', offline: 'Offline' }[state];
  if (state === 'live' && !wasLive) {
    refreshQueue();
    refreshCounts();
  }
}

function received(event) {
  feed.add(event);
  if (QUEUE_EVENTS.has(event.type)) debounce('queue', refreshQueue);
  if (COUNT_EVENTS.has(event.type)) debounce('counts', refreshCounts);
  if (openDispute && event.caseId === openDispute.caseId) debounce('case', () => open(openDispute.disputeId, false));
}

async function refreshQueue() {
  const status = $('#queue-status').value;
  try {
    queue.render(await api.get(`/api/disputes${status ? `?status=${status}` : ''}`));
  } catch (failure) {
    console.warn('queue', failure);
  }
}

async function refreshCounts() {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const counts = await api.get(`/api/disputes/stats?zone=${encodeURIComponent(zone)}`);
    $('#count-open').textContent = counts.open;
    $('#count-appealed').textContent = counts.appealed;
    $('#count-overdue').textContent = counts.overdue;
    $('#overdue-box').classList.toggle('overdue', counts.overdue > 0);
    $('#count-decided').textContent = counts.decidedToday;
    $('#count-refunded').textContent = counts.refundedToday;
  } catch (failure) {
    console.warn('counts', failure);
  }
}

async function openCase(caseId) {
  const found = await api.get(`/api/disputes?caseId=${encodeURIComponent(caseId)}`);
  if (found.length) open(found[0].disputeId);
}

// Opens a dispute; a refresh keeps what the agent typed unless the dispute no longer awaits a decision.
async function open(disputeId, focus = true) {
  let dispute;
  try {
    dispute = await api.get(`/api/disputes/${disputeId}`);
  } catch (failure) {
    $('#case-file').replaceChildren(h('p', { class: 'form-error' }, failure.message));
    return;
  }
  const same = openDispute?.disputeId === disputeId;
  const awaiting = dispute.status === 'OPEN' || dispute.status === 'APPEALED';
  openDispute = dispute;
  queue.select(disputeId);
  if (!same || !awaiting || form?.dispute.status !== dispute.status) {
    form = awaiting ? new DecisionForm(dispute, (body, key) => decide(form.dispute, body, key)) : null;
  } else {
    form.dispute = dispute;
  }
  const root = $('#case-file');
  root.dataset.disputeId = dispute.disputeId;
  root.dataset.caseId = dispute.caseId;
  root.replaceChildren(caseFile.header(dispute, me, () => claim(dispute)), caseFile.details(dispute),
    form ? form.node : h('p', { class: 'muted' }, 'This dispute is not awaiting a decision.'));
  root.hidden = false;
  $('#case-empty').hidden = true;
  if (focus) $('#case').focus();
}

async function claim(dispute) {
  try {
    await api.post(`/api/disputes/${dispute.disputeId}/assignment`, {});
  } catch (failure) {
    form?.showForm(failure.message);
  }
  await open(dispute.disputeId, false);
  refreshQueue();
}

async function decide(dispute, body, key) {
  if (dispute.status === 'APPEALED') {
    return api.post(`/api/disputes/${dispute.disputeId}/appeal/decision`, body, { 'Idempotency-Key': key });
  }
  if (!dispute.assignee) {
    dispute.assignee = (await api.post(`/api/disputes/${dispute.disputeId}/assignment`, {})).assignee;
  }
  const decision = await api.post(`/api/disputes/${dispute.disputeId}/decision`, body, { 'Idempotency-Key': key });
  debounce('queue', refreshQueue);
  debounce('counts', refreshCounts);
  return decision;
}

function keys(event) {
  if (event.altKey && (event.key === 'd' || event.key === 'D') && form) {
    event.preventDefault();
    form.focus();
  } else if (event.key === 'Escape' && !$('#app').hidden) {
    queue.focusSelected();
  }
}

function everySecond() {
  queue?.tick();
  const due = $('#case-due');
  if (due) due.textContent = countdown(due.dataset.due).text;
}

function start() {
  $('#login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    logIn($('#token-input').value.trim());
  });
  $('#logout').addEventListener('click', () => {
    session.forget();
    showLogin();
  });
  $('#queue-status').addEventListener('change', refreshQueue);
  document.addEventListener('keydown', keys);
  setInterval(everySecond, 1000);
  setInterval(() => api && !$('#app').hidden && refreshCounts(), 30000);
  const token = session.tokenFromFragment() || session.saved();
  if (token) logIn(token);
  else showLogin();
}

start();
