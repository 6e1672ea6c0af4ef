import type { PaymentProvider } from "./provider";
import { createTestPaymentProvider } from "./test-provider";

let provider: PaymentProvider | undefined;

/** The shop's payment provider: the test provider (architecture.md); a real one is chosen here. */
export function paymentProvider(): PaymentProvider {
  provider ??= createTestPaymentProvider();
  return provider;
}
