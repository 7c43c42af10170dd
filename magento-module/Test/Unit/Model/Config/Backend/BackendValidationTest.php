<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Config\Backend\Amount;
use Verity\Assistant\Model\Config\Backend\BusinessHours;
use Verity\Assistant\Model\Config\Backend\CategoryIds;
use Verity\Assistant\Model\Config\Backend\Count;
use Verity\Assistant\Model\Config\Backend\Days;
use Verity\Assistant\Model\Config\Backend\HexColor;
use Verity\Assistant\Model\Config\Backend\Percentage;
use Verity\Assistant\Model\Config\Backend\PolicyRules;
use Verity\Assistant\Model\Config\Backend\SidecarUrl;

final class BackendValidationTest extends TestCase
{
    private const VALID_RULE = [
        'category_id' => '',
        'channel' => '',
        'return_window_days' => '30',
        'return_shipping_fee' => '0',
        'restocking_fee_percent' => '0',
        'final_sale' => '0',
        'exchange_allowed' => '1',
        'warranty_months' => '12',
        'price_match' => '1',
        'price_match_exclusions' => 'clearance, marketplace sellers',
        'free_shipping_threshold' => '50',
        'delivery_ranges' => 'flatrate:3-5, express:1-2',
    ];

    /**
     * @return iterable<string, array{class-string<Value>, string, string|null}>
     */
    public static function values(): iterable
    {
        yield 'percentage 0' => [Percentage::class, '0', '0'];
        yield 'percentage 100' => [Percentage::class, ' 100 ', '100'];
        yield 'percentage 101' => [Percentage::class, '101', null];
        yield 'percentage decimal' => [Percentage::class, '12.5', null];
        yield 'percentage negative' => [Percentage::class, '-1', null];
        yield 'amount decimals' => [Amount::class, '120.50', '120.50'];
        yield 'amount zero' => [Amount::class, '0', '0'];
        yield 'amount negative' => [Amount::class, '-5', null];
        yield 'amount text' => [Amount::class, 'ten', null];
        yield 'amount empty' => [Amount::class, '', null];
        yield 'amount comma decimal' => [Amount::class, '9,99', null];
        yield 'count' => [Count::class, '3', '3'];
        yield 'count decimal' => [Count::class, '2.5', null];
        yield 'days 1' => [Days::class, '1', '1'];
        yield 'days 0' => [Days::class, '0', null];
        yield 'ids normalised' => [CategoryIds::class, ' 41, 42 ,41', '41,42'];
        yield 'ids empty' => [CategoryIds::class, '', ''];
        yield 'ids text' => [CategoryIds::class, '41,clearance', null];
        yield 'ids zero' => [CategoryIds::class, '0', null];
        yield 'color' => [HexColor::class, '#1F6FEB', '#1f6feb'];
        yield 'color short' => [HexColor::class, '#fff', null];
        yield 'url trailing slash' => [SidecarUrl::class, 'https://verity.example.com/', 'https://verity.example.com'];
        yield 'url localhost http' => [SidecarUrl::class, 'http://localhost:3000', 'http://localhost:3000'];
        yield 'url empty' => [SidecarUrl::class, '', ''];
        yield 'url plain http' => [SidecarUrl::class, 'http://verity.example.com', null];
        yield 'url query' => [SidecarUrl::class, 'https://verity.example.com/?x=1', null];
        yield 'url not a url' => [SidecarUrl::class, 'verity', null];
        yield 'hours' => [BusinessHours::class, ' Mon-Fri  09:00-12:30 13:30-18:00, Sat 10:00-14:00 ', 'Mon-Fri 09:00-12:30 13:30-18:00, Sat 10:00-14:00'];
        yield 'hours wrapping days' => [BusinessHours::class, 'fri-mon 10:00-24:00', 'fri-mon 10:00-24:00'];
        yield 'hours empty' => [BusinessHours::class, '', ''];
        yield 'hours closing first' => [BusinessHours::class, 'Mon 18:00-09:00', null];
        yield 'hours no time' => [BusinessHours::class, 'Mon-Fri', null];
        yield 'hours unknown day' => [BusinessHours::class, 'Monday 09:00-17:00', null];
        yield 'hours 12-hour clock' => [BusinessHours::class, 'Mon 9am-5pm', null];
    }

    /**
     * @dataProvider values
     * @param class-string<Value> $class
     */
    public function testScalarValuesAreValidatedAndNormalisedOnSave(string $class, string $input, ?string $stored): void
    {
        $model = new $class(['path' => 'verity/x/y', 'value' => $input, 'field_config' => ['label' => 'Field']]);
        if ($stored === null) {
            $this->expectException(LocalizedException::class);
            $this->expectExceptionMessageMatches('/^(Field|[A-Z][a-z]+( [a-z]+)?( URL)?): /');
        }
        $model->beforeSave();
        self::assertSame($stored, $model->getValue());
    }

    public function testValidPolicyRowsAreStoredAsJsonWithoutTheEmptyMarker(): void
    {
        $model = new PolicyRules(['value' => ['__empty' => '', '_1' => self::VALID_RULE]]);

        $model->beforeSave();

        self::assertSame(['_1' => self::VALID_RULE], json_decode((string) $model->getValue(), true));
    }

    public function testEveryProblemOfEveryRowIsReportedAtOnce(): void
    {
        $model = new PolicyRules(['value' => [
            '_1' => ['channel' => 'phone', 'restocking_fee_percent' => '150'] + self::VALID_RULE,
            '_2' => ['delivery_ranges' => 'flatrate:5-3'] + self::VALID_RULE,
            '_3' => ['category_id' => 'Laptops', 'final_sale' => 'yes'] + self::VALID_RULE,
        ]]);

        try {
            $model->beforeSave();
            self::fail('invalid rows were accepted');
        } catch (LocalizedException $e) {
            $message = $e->getMessage();
        }

        self::assertStringContainsString('Row 1: Channel must be one of web, marketplace, retail', $message);
        self::assertStringContainsString('Row 1: Restocking fee must be a percentage between 0 and 100.', $message);
        self::assertStringContainsString('Row 2: Delivery ranges must look like', $message);
        self::assertStringContainsString('Row 3: Category must be a category id', $message);
        self::assertStringContainsString('Row 3: Final sale must be Yes (1) or No (0).', $message);
    }

    public function testTwoRulesForTheSameCategoryAndChannelAreAmbiguousAndRefused(): void
    {
        $model = new PolicyRules(['value' => [
            '_1' => ['category_id' => '12'] + self::VALID_RULE,
            '_2' => ['category_id' => '12', 'return_window_days' => '14'] + self::VALID_RULE,
        ]]);

        $this->expectException(LocalizedException::class);
        $this->expectExceptionMessage('Row 2: same category and channel as row 1');
        $model->beforeSave();
    }
}
