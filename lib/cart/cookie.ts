/** Strictly necessary: the id of a guest's cart (httpOnly; the cart itself lives in the database). */
export const CART_COOKIE = "vitrine_cart";
