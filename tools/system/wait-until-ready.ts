/** Polls an app's readiness endpoint until it answers 200, or fails naming the app and its last answer. */
export async function waitUntilReady(name: string, baseUrl: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastAnswer = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return;
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch (error) {
      lastAnswer = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready at ${baseUrl} within ${timeoutMs} ms (last answer: ${lastAnswer})`);
}
