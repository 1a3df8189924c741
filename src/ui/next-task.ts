/**
 * Resolves in a new task, after the browser has had its chance to paint and handle input.
 * A MessageChannel message rather than `setTimeout(0)`, which browsers clamp to 4 ms once
 * timeouts nest: a job of twenty steps would otherwise wait 80 ms for nothing.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
