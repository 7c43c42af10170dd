<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Config\Model\Config\Backend\Serialized\ArraySerialized;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Policy\PolicyRuleParser;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * The dynamic policy rows. Every row is checked with the same parser the REST endpoint uses, and every
 * problem of every row is reported at once, so what is saved is exactly what the sidecar can read.
 */
class PolicyRules extends ArraySerialized
{
    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $rows = $this->getValue();
        if (is_array($rows)) {
            $parser = new PolicyRuleParser(new ValueParser());
            $problems = [];
            $number = 0;
            $seen = [];
            foreach ($rows as $key => $row) {
                if ($key === '__empty' || !is_array($row)) {
                    continue;
                }
                $number++;
                $result = $parser->parse($row);
                foreach ($result['violations'] as $violation) {
                    $problems[] = sprintf('Row %d: %s', $number, $violation['message']);
                }
                $target = trim((string) ($row['category_id'] ?? '')) . '|' . trim((string) ($row['channel'] ?? ''));
                if (isset($seen[$target])) {
                    $problems[] = sprintf(
                        'Row %d: same category and channel as row %d; keep one rule per category and channel.',
                        $number,
                        $seen[$target]
                    );
                }
                $seen[$target] ??= $number;
            }
            if ($problems !== []) {
                throw new LocalizedException(__('Policy rules were not saved. %1', implode(' ', $problems)));
            }
        }
        return parent::beforeSave();
    }
}
