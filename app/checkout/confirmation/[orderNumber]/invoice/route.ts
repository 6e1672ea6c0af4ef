// The same invoice download for guests: the proxy sends signed-out visitors of /account/* to the
// sign-in page, so a guest's confirmation links here. The handler checks access itself.
export { GET } from "@/app/account/orders/[orderNumber]/invoice/route";
