import { z } from "zod";

/** Input schemas of the account forms; messages are keys of the `validation` catalogue. */
export const emailSchema = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email({ error: "emailInvalid" }));

export const nameSchema = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, "nameRequired")
  .max(120, "nameTooLong");

export const passwordInput = z
  .string({ error: "passwordRequired" })
  .min(1, "passwordRequired")
  .max(1024, "passwordTooLong");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordInput,
  adult: z.literal("on", { error: "adultRequired" }),
  terms: z.literal("on", { error: "termsRequired" }),
});

export const signInSchema = z.object({ email: emailSchema, password: passwordInput });

export const emailOnlySchema = z.object({ email: emailSchema });

export const tokenSchema = z.string().min(20).max(200);

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordInput });

export const secondFactorSchema = z.object({
  code: z.string({ error: "codeRequired" }).trim().min(6, "codeInvalid").max(32, "codeInvalid"),
});

export const phoneSchema = z
  .string()
  .trim()
  .max(30, "phoneInvalid")
  .regex(/^$|^\+?[0-9 ()/-]{5,30}$/, "phoneInvalid");

export const profileSchema = z.object({ name: nameSchema, phone: phoneSchema });

export const changePasswordSchema = z.object({
  currentPassword: passwordInput,
  password: passwordInput,
});

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: passwordInput });

export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{5}$/, "postalCodeInvalid");

export const addressSchema = z.object({
  fullName: nameSchema,
  company: z.string().trim().max(120, "tooLong").optional().default(""),
  street: z.string().trim().min(3, "streetRequired").max(120, "tooLong"),
  addressLine2: z.string().trim().max(120, "tooLong").optional().default(""),
  postalCode: postalCodeSchema,
  city: z.string().trim().min(2, "cityRequired").max(80, "tooLong"),
  country: z.enum(["DE"], { error: "countryUnsupported" }),
  phone: phoneSchema.optional().default(""),
  isDefaultShipping: z.literal("on").optional(),
  isDefaultBilling: z.literal("on").optional(),
});

export const staffRoleSchema = z.enum(["marketer", "privacy_officer", "admin"], {
  error: "roleInvalid",
});

export const inviteStaffSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: staffRoleSchema,
});

export const changeRoleSchema = z.object({
  userId: z.uuid({ error: "invalid" }),
  role: staffRoleSchema,
});

export const uuidSchema = z.uuid({ error: "invalid" });
