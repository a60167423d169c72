/** The signed-in user, as every page, action and API handler sees it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string | null;
}
