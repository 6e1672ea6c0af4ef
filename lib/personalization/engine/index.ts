/**
 * The personalization engine: pure functions from the shop's catalogue and a customer's consented
 * signals to ranked products and offers, each with the reasons that chose it (P1, P2, P6).
 */
export { recommend, type RecommendOptions } from "./recommend";
export { genericRecommendations } from "./generic";
export { chooseOffers, type ChooseOffersInput } from "./offers";
export { currentVisit } from "./visit";
export { decay, ageInDays } from "./decay";
export {
  explainReason,
  describeWeight,
  basisLabel,
  STRONG_WEIGHT,
  MEDIUM_WEIGHT,
  type ExplainLocale,
} from "./explain";
export * from "./weights";
