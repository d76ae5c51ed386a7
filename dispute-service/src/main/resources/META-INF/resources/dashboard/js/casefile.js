// The case file: the claim, evidence with thumbnails and SHA-256, the conversation, offers, the timeline
// and the decisions, as dispute-service's GET /api/disputes/{id} tells them.
import { h } from './dom.js';
import { countdown, dateTime, humanize, label, money } from './format.js';

const OFFER_TYPES = ['OfferMade', 'OfferRejected', 'SellerDeclined', 'SettlementAgreed', 'BuyerEscalated'];

export class CaseFile {
  constructor(api) {
    this.api = api;
    this.thumbnails = new Map();
  }

  header(dispute, me, onClaim) {
    const due = countdown(dispute.decisionDueAt);
    const awaiting = dispute.status === 'OPEN' || dispute.status === 'APPEALED';
    const late = awaiting && (dispute.overdue || due.overdue);
    return h('div', { class: 'case-head' },
      h('h2', { id: 'case-title' }, `${dispute.itemTitle || dispute.itemId} · ${label(dispute.reason)} · ${money(dispute.amountPaid)}`),
      h('span', { class: 'badge', id: 'case-status' }, humanize(dispute.status)),
      late ? h('span', { class: 'badge overdue' }, 'overdue') : null,
      awaiting ? h('span', { class: 'muted', id: 'case-due', dataset: { due: dispute.decisionDueAt } }, due.text) : null,
      h('span', { class: 'spacer' }),
      h('span', { class: 'muted', id: 'case-assignee' }, dispute.assignee ? `@${dispute.assignee}` : 'unassigned'),
      dispute.status === 'OPEN' && dispute.assignee !== me
        ? h('button', { type: 'button', class: 'secondary', id: 'claim', onclick: onClaim },
          dispute.assignee ? 'Take over' : 'Claim')
        : null);
  }

  details(dispute) {
    const file = dispute.caseFile || { claim: null, entries: [] };
    const claim = file.claim;
    const evidence = file.entries.flatMap((entry) => (entry.evidence || []).map((ref) => ({ ...ref, entry })));
    const messages = file.entries.filter((entry) => entry.type === 'MessagePosted');
    const offers = file.entries.filter((entry) => OFFER_TYPES.includes(entry.type));
    return h('div', { class: 'case-details' },
      h('h3', {}, 'Claim'),
      h('dl', { class: 'facts' },
        fact('Dispute', h('code', {}, dispute.disputeId)),
        fact('Case', h('code', {}, dispute.caseId)),
        fact('Order / item', `${dispute.orderId} / ${dispute.itemId}${claim?.itemTitle ? ` · ${claim.itemTitle}` : ''}`),
        fact('Buyer → seller', `${dispute.buyerId} → ${dispute.sellerId}`),
        fact('Opened', `${dateTime(dispute.openedAt)} · ${label(dispute.trigger)}`),
        fact('Decide by', dateTime(dispute.decisionDueAt)),
        fact('Paid', money(dispute.amountPaid)),
        claim ? fact('Asks for', `${humanize(claim.requestedOutcome) || '—'}${claim.requestedAmount
          ? ` ${money(claim.requestedAmount)}` : ''}`) : null,
        claim ? fact('Description', claim.description || '—') : null,
        claim?.quote ? fact('Quoted lines', h('span', { id: 'quote' }, breakdown(claim.quote))) : null),
      claim ? null : h('p', { class: 'muted' }, 'The claim has not arrived yet.'),
      h('h3', {}, `Evidence (${evidence.length})`),
      evidence.length ? this.compare(evidence) : h('p', { class: 'muted' }, 'No photos or videos.'),
      h('h3', {}, 'Conversation'),
      messages.length ? h('ol', { class: 'messages', id: 'messages' }, messages.map(message))
        : h('p', { class: 'muted' }, 'No messages.'),
      h('h3', {}, 'Offers'),
      offers.length ? h('ol', { class: 'timeline', id: 'offers' }, offers.map(line))
        : h('p', { class: 'muted' }, 'No offers.'),
      h('h3', {}, 'Decisions'),
      dispute.decisions.length ? h('ol', { class: 'timeline', id: 'decisions' }, dispute.decisions.map((decision) =>
        h('li', {}, h('time', { datetime: decision.decidedAt }, dateTime(decision.decidedAt)),
          h('span', {}, h('strong', {}, humanize(decision.outcome)),
            decision.refundAmount ? ` ${money(decision.refundAmount)}` : '',
            decision.breakdown ? ` (${breakdown(decision.breakdown)})` : '',
            ` by ${decision.decidedBy}: ${decision.rationale}`))))
        : h('p', { class: 'muted' }, 'Not decided yet.'),
      h('h3', {}, 'Timeline'),
      h('ol', { class: 'timeline', id: 'timeline' }, timeline(dispute).map(line)));
  }

  // The warehouse's QC photos (the baseline, taken before the item left China) beside what the buyer sent.
  compare(evidence) {
    const baseline = evidence.filter((ref) => ref.purpose === 'QC_BASELINE');
    const claimed = evidence.filter((ref) => ref.purpose !== 'QC_BASELINE');
    const column = (id, title, refs, empty) => h('section', { class: 'evidence-column', id },
      h('h4', {}, `${title} (${refs.length})`),
      refs.length ? h('div', { class: 'evidence' }, refs.map((ref) => this.figure(ref)))
        : h('p', { class: 'muted' }, empty));
    return h('div', { class: 'evidence-compare', id: 'evidence' },
      column('qc-baseline', 'QC photos at the warehouse', baseline, 'No QC photos.'),
      column('buyer-evidence', "The buyer's evidence", claimed, 'No photos or videos from the buyer.'));
  }

  figure(ref) {
    const image = ref.contentType?.startsWith('image/');
    const thumb = image ? h('img', { class: 'thumb', alt: `${ref.entry.type} evidence ${ref.evidenceId}` })
      : h('span', { class: 'thumb' }, ref.contentType || 'file');
    const link = h('a', { href: '#', title: 'Open the original' }, thumb);
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      window.open(await this.url(ref.evidenceId), '_blank', 'noopener');
    });
    if (image) {
      this.url(ref.evidenceId).then((url) => { thumb.src = url; })
        .catch(() => thumb.replaceWith(h('span', { class: 'thumb' }, 'not available')));
    }
    return h('figure', { dataset: { evidenceId: ref.evidenceId } }, link,
      h('figcaption', {}, `${ref.contentType || ''} · sha256 `,
        h('span', { class: 'hash', title: ref.sha256 }, ref.sha256 || '—')));
  }

  url(evidenceId) {
    if (!this.thumbnails.has(evidenceId)) {
      const url = this.api.evidenceUrl(evidenceId);
      url.catch(() => this.thumbnails.delete(evidenceId));
      this.thumbnails.set(evidenceId, url);
    }
    return this.thumbnails.get(evidenceId);
  }
}

// Cost lines in words: each refunded line with its bearer, lines not refunded, what the agent keeps.
function breakdown(quote) {
  const refunded = quote.lines.filter((line) => line.refund?.minorUnits > 0)
    .map((line) => `${humanize(line.kind)} ${money(line.refund)}${line.bearer ? ` · ${humanize(line.bearer)}` : ''}`);
  const not = quote.lines.filter((line) => !line.bearer).map((line) => humanize(line.kind));
  const kept = quote.deductions.filter((kept) => kept.amount.minorUnits > 0)
    .map((kept) => `${humanize(kept.kind)} −${money(kept.amount)}`);
  return [refunded.join(', '), not.length ? `not refunded: ${not.join(', ')}` : '', kept.join(', '),
    `total ${money(quote.total)}`].filter(Boolean).join('; ');
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function message(entry) {
  const seller = entry.summary.startsWith('seller:');
  return h('li', { class: seller ? 'seller' : 'buyer' },
    h('div', { class: 'muted' }, `${entry.actor} · ${dateTime(entry.occurredAt)}`), entry.summary);
}

function line(entry) {
  return h('li', {}, h('time', { datetime: entry.occurredAt }, dateTime(entry.occurredAt)),
    h('span', {}, h('strong', {}, entry.type), ` · ${entry.actor} · ${entry.summary}`));
}

// Every event of the case and of the dispute, in time order.
function timeline(dispute) {
  const history = dispute.history || { followUps: [], questions: [], appeals: [] };
  const entries = [...(dispute.caseFile?.entries || [])];
  entries.push({ type: 'DisputeOpened', actor: 'system', summary: humanize(dispute.trigger),
    occurredAt: dispute.openedAt });
  for (const decision of dispute.decisions) {
    entries.push({ type: 'DecisionMade', actor: decision.decidedBy, occurredAt: decision.decidedAt,
      summary: `${humanize(decision.outcome)}${decision.refundAmount ? ` ${money(decision.refundAmount)}` : ''}` });
  }
  for (const followUp of history.followUps) {
    entries.push({ type: 'FollowUp', actor: followUp.authorId, summary: followUp.body, occurredAt: followUp.postedAt });
  }
  for (const question of history.questions) {
    entries.push({ type: 'Question', actor: question.askedBy, occurredAt: question.answeredAt || question.dueAt,
      summary: `${question.question}${question.statement ? ` — ${question.statement}` : ' (unanswered)'}` });
  }
  for (const appeal of history.appeals) {
    entries.push({ type: 'Appeal', actor: appeal.appellantId, summary: appeal.reason, occurredAt: appeal.filedAt });
  }
  return entries.filter((entry) => entry.occurredAt)
    .sort((a, b) => new Date(a.occurredAt) - new Date(b.occurredAt));
}

