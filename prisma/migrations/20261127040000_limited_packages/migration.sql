-- Limited packages, promo codes and durable holds (issue #5). A unit of stock is taken by a
-- hold (LimitedHoldWorkflow, `hold:<id>`) and either sold through a child PurchaseWorkflow or
-- returned to stock exactly once; the conditional updates and triggers below make the
-- database itself refuse an oversell, a double release and a promo code used past its limit.

CREATE TABLE "limited_packages" (
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "gold" INTEGER NOT NULL,
    "price_cents" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'USD',
    -- The stock as configured; stock_left = stock_total - units held - units sold.
    "stock_total" INTEGER NOT NULL,
    "stock_left" INTEGER NOT NULL,
    -- Open holds plus completed buys per player.
    "per_user_limit" INTEGER NOT NULL DEFAULT 1,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "limited_packages_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "limited_packages_gold_positive" CHECK ("gold" > 0),
    CONSTRAINT "limited_packages_price_positive" CHECK ("price_cents" > 0),
    CONSTRAINT "limited_packages_stock_range" CHECK ("stock_left" >= 0 AND "stock_left" <= "stock_total"),
    CONSTRAINT "limited_packages_per_user_limit_positive" CHECK ("per_user_limit" >= 1),
    CONSTRAINT "limited_packages_window" CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "starts_at" < "ends_at")
);

CREATE TABLE "promo_codes" (
    "code" VARCHAR(40) NOT NULL,
    -- Exactly one of the two: a fixed amount off, or a percentage off (rounded down to the cent).
    "discount_cents" INTEGER,
    "discount_percent" INTEGER,
    -- Null: valid for every limited package.
    "package_code" VARCHAR(40),
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    -- Null: unlimited.
    "max_uses" INTEGER,
    "used_count" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "promo_codes_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "promo_codes_package_code_fkey" FOREIGN KEY ("package_code") REFERENCES "limited_packages"("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "promo_codes_one_discount" CHECK (("discount_cents" IS NULL) <> ("discount_percent" IS NULL)),
    CONSTRAINT "promo_codes_discount_cents_positive" CHECK ("discount_cents" IS NULL OR "discount_cents" > 0),
    CONSTRAINT "promo_codes_discount_percent_range" CHECK ("discount_percent" IS NULL OR "discount_percent" BETWEEN 1 AND 90),
    CONSTRAINT "promo_codes_max_uses_positive" CHECK ("max_uses" IS NULL OR "max_uses" >= 1),
    CONSTRAINT "promo_codes_uses_within_max" CHECK ("used_count" >= 0 AND ("max_uses" IS NULL OR "used_count" <= "max_uses")),
    CONSTRAINT "promo_codes_window" CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "starts_at" < "ends_at")
);

-- One hold on one unit: the read model of a LimitedHoldWorkflow, written only by its activities.
CREATE TABLE "limited_holds" (
    "id" UUID NOT NULL,
    "package_code" VARCHAR(40) NOT NULL,
    "user_id" UUID NOT NULL,
    -- held -> checking_out -> sold | released; held -> released.
    "status" VARCHAR(16) NOT NULL DEFAULT 'held',
    -- The price and gold at the time of the hold: checkout charges these (less a promo).
    "price_cents" INTEGER NOT NULL,
    "gold" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "receipt_code" VARCHAR(40),
    "promo_code" VARCHAR(40),
    -- expired | cancelled | payment_failed | ...: why the unit went back to stock.
    "release_reason" VARCHAR(40),
    "workflow_id" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    CONSTRAINT "limited_holds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "limited_holds_package_code_fkey" FOREIGN KEY ("package_code") REFERENCES "limited_packages"("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "limited_holds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "limited_holds_status_known" CHECK ("status" IN ('held', 'checking_out', 'sold', 'released'))
);
CREATE UNIQUE INDEX "limited_holds_receipt_code_key" ON "limited_holds"("receipt_code");
CREATE INDEX "limited_holds_package_code_user_id_status_idx" ON "limited_holds"("package_code", "user_id", "status");
CREATE INDEX "limited_holds_status_expires_at_idx" ON "limited_holds"("status", "expires_at");
CREATE INDEX "limited_holds_user_id_created_at_idx" ON "limited_holds"("user_id", "created_at");

-- A hold moves one way; a sold or released hold never moves again (no second release, no resale).
CREATE FUNCTION "limited_holds_status_one_way"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> OLD.status AND NOT (
    (OLD.status = 'held' AND NEW.status IN ('checking_out', 'released')) OR
    (OLD.status = 'checking_out' AND NEW.status IN ('sold', 'released'))
  ) THEN
    RAISE EXCEPTION 'limited hold % cannot move from % to %', OLD.id, OLD.status, NEW.status;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "limited_holds_status_transition" BEFORE UPDATE ON "limited_holds"
  FOR EACH ROW EXECUTE FUNCTION "limited_holds_status_one_way"();

-- One use of a promo code, per hold (one checkout per hold can reach payment). `reserved` while
-- the payment runs (it counts in used_count), then `used`, or `released` (and uncounted) when the
-- payment fails.
CREATE TABLE "promo_redemptions" (
    "hold_id" UUID NOT NULL,
    "promo_code" VARCHAR(40) NOT NULL,
    "user_id" UUID NOT NULL,
    "receipt_code" VARCHAR(40) NOT NULL,
    "discount_cents" INTEGER NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'reserved',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "promo_redemptions_pkey" PRIMARY KEY ("hold_id"),
    CONSTRAINT "promo_redemptions_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "limited_holds"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "promo_redemptions_promo_code_fkey" FOREIGN KEY ("promo_code") REFERENCES "promo_codes"("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "promo_redemptions_status_known" CHECK ("status" IN ('reserved', 'used', 'released'))
);
CREATE INDEX "promo_redemptions_promo_code_status_idx" ON "promo_redemptions"("promo_code", "status");

-- A purchase is of a catalog product or of a limited package, never both.
ALTER TABLE "purchases" ALTER COLUMN "product_id" DROP NOT NULL;
ALTER TABLE "purchases" ADD COLUMN "limited_package_code" VARCHAR(40);
ALTER TABLE "purchases" ADD COLUMN "promo_code" VARCHAR(40);
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_limited_package_code_fkey" FOREIGN KEY ("limited_package_code") REFERENCES "limited_packages"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_one_item" CHECK (("product_id" IS NULL) <> ("limited_package_code" IS NULL));
CREATE INDEX "purchases_limited_package_code_idx" ON "purchases"("limited_package_code");
