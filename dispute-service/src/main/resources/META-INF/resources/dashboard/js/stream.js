// The live event stream (Server-Sent Events). EventSource reconnects by itself and sends Last-Event-ID, so
// the server replays what was missed; when the browser gives up (the service answered an error while
// restarting), the stream is reopened from the last position seen. Each position is handled once.
const STREAM = '/api/disputes/events/stream';
const FIRST_TAIL = 50;

export class EventStream {
  constructor(token, { onEvent, onState, canReconnect }) {
    this.token = token;
    this.onEvent = onEvent;
    this.onState = onState;
    this.canReconnect = canReconnect;
    this.position = 0;
    this.retryDelay = 1000;
    this.source = null;
    this.timer = null;
  }

  start() {
    const url = new URL(STREAM, location.origin);
    url.searchParams.set('access_token', this.token);
    if (this.position > 0) url.searchParams.set('after', String(this.position));
    else url.searchParams.set('tail', String(FIRST_TAIL));
    const source = new EventSource(url);
    this.source = source;
    this.onState('connecting');
    source.onopen = () => {
      this.retryDelay = 1000;
      this.onState('live');
    };
    source.onmessage = (message) => this.receive(message);
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) this.reopenLater();
      else this.onState('connecting');
    };
  }

  receive(message) {
    const event = JSON.parse(message.data);
    if (event.position <= this.position) return;
    this.position = event.position;
    this.onEvent(event);
  }

  async reopenLater() {
    this.source?.close();
    this.onState('offline');
    clearTimeout(this.timer);
    if (!(await this.canReconnect())) return;
    this.timer = setTimeout(() => this.start(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 15000);
  }

  stop() {
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }
}
