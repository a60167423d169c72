import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter the email address of your account").max(320),
  password: z.string().min(1, "Enter your password").max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const MIN_PASSWORD_LENGTH = 10;

const newPassword = z
  .string({ message: "Choose a password" })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, "At most 1,024 characters");

export const signUpSchema = z.object({
  name: z
    .string({ message: "Enter your name" })
    .trim()
    .min(1, "Enter your name")
    .max(200, "At most 200 characters"),
  email: z
    .email("Enter a valid email address")
    .max(320)
    .transform((email) => email.trim().toLowerCase()),
  password: newPassword,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(1024),
    newPassword,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });
